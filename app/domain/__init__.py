"""Pure domain rules: enums, value objects, the request state machine, policy. No I/O."""
