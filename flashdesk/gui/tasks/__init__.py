"""The task board tab (甘特图): task table beside a self-painted timeline."""
