"""The copy library tab (文案库)."""
