"""`python -m benchmarks` runs the speed benchmark (see benchmarks/speed.py for its options)."""
from .speed import main

main()
