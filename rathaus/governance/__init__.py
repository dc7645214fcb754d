"""Governance: the audit trail of everything an AI component did on a case."""
