"""Reference data an administrator edits without code: communes, holidays, rates, labels."""
