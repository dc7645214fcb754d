"""The case engine: durable Temporal workflows, their activities and the worker."""

TASK_QUEUE = "rathaus-verfahren"
