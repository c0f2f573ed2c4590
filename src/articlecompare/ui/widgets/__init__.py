"""Small widgets the parts share: the message bar, a flow layout, plain-text labels."""
