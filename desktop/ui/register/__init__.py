"""The register screen: the list of children with search."""
