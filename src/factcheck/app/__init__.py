"""What a command does: runs, batches, configuration, baselines, the gate, claim-file skeletons."""
