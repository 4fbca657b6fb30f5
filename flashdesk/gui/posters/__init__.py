"""The poster designer tab: canvas, properties, template picker, findings."""
