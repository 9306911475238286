"""The Children screen: the register of children, with search, filters and export."""
