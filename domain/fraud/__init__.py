"""Fraud indicators: the ten categories of DOMAIN.md §5, with evidence and
officer dispositions. Entry points: :func:`domain.fraud.engine.evaluate_fraud`,
:func:`domain.fraud.dispositions.can_finalise`."""
