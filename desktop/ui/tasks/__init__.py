"""The Tasks screen: every deadline derived from the cases, most urgent first."""
