"""Builders shared by the test packages: registers, live servers, communes, languages."""
