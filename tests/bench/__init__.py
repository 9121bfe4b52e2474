"""The performance benchmark (issue 9): ``uv run python -m tests.bench [--quick] [--cases N]``.

Not part of the test run: no module here is named ``test_*``. Each metric is
one module with ``measure(config) -> list[Result]``; :mod:`tests.bench.__main__`
runs them and prints the table. Budgets are ratios to a baseline measured in
the same run, or absolute where the issue gives an absolute figure.
"""
