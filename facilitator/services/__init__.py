"""What users do, as functions over a Store: validate, write, raise typed errors."""
