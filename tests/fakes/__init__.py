"""Fakes of the services copydesk talks to, served at the HTTP boundary.

Each fake is a real local server (port 0) that the real client library talks to, so tests
assert on the fake's recorded state rather than on mock calls.
"""
