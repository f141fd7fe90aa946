"""The one table of every rule, in code order."""

from __future__ import annotations

from factcheck.rules import (
    fc101_misspelled_name,
    fc102_title_mismatch,
    fc103_date_mismatch,
    fc104_count_mismatch,
    fc201_anonymous_source,
    fc202_outlet_unverifiable,
    fc301_claim_false,
    fc302_claim_misleading,
    fc303_claim_unproven,
    fc304_claim_not_covered,
    fc401_translation_lost_entity,
    fc402_translation_unreliable,
    fc901_language_undetermined,
    fc902_stale_knowledge_base,
    fc903_hidden_characters,
)
from factcheck.rules.base import Rule

RULES: tuple[Rule, ...] = (
    fc101_misspelled_name.RULE,
    fc102_title_mismatch.RULE,
    fc103_date_mismatch.RULE,
    fc104_count_mismatch.RULE,
    fc201_anonymous_source.RULE,
    fc202_outlet_unverifiable.RULE,
    fc301_claim_false.RULE,
    fc302_claim_misleading.RULE,
    fc303_claim_unproven.RULE,
    fc304_claim_not_covered.RULE,
    fc401_translation_lost_entity.RULE,
    fc402_translation_unreliable.RULE,
    fc901_language_undetermined.RULE,
    fc902_stale_knowledge_base.RULE,
    fc903_hidden_characters.RULE,
)

RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def rule_for(code_or_name: str) -> Rule | None:
    """A rule by its code (``FC101``) or name (``misspelled-name``)."""
    wanted = code_or_name.strip()
    for rule in RULES:
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    return None
