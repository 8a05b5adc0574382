"""What users do, as functions over a Store: validate, write in one unit of work, raise typed errors."""
