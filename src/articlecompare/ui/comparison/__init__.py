"""The comparison shown in the window: requested, running, shown, failed or cancelled."""
