"""Connectors to the municipality's data (Once-Only): cadastre, owners, plans, …"""
