"""Reports written from the window, on a worker; PDF is drawn here with Qt."""
