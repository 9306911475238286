"""First run: choose the commune, create the first officer and the register, keep the key."""
