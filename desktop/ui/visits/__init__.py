"""Home visits: the entry form, lists per child and for the commune."""
