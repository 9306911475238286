"""A child's profile: tabs for family, groups, allowances, cases, visits and history."""
