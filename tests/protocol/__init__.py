"""Tests of the wire protocol shared by the PC and the server."""
