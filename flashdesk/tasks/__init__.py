"""The task board (甘特图): tasks to the minute, dependencies, pushes, critical path."""
