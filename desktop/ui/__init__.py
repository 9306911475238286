"""The Qt interface: the only package that imports QtWidgets; one folder per screen."""
