"""Entity names: canonical keys for people, organisations and products."""
