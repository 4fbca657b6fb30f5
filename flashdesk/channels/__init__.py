"""The channel publicity matrix (宣发规划表) and the warm-up calendar: rules, services, the
live checks and the plan part that lays them out from the playbook."""
