//! Wires the parts from a validated Config.
