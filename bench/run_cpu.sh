#!/usr/bin/env bash
# The CPU benchmark suite (about 10 minutes on 2 cores), then bench/RESULTS.md from its results.
# Run separately, each rewriting its own JSON: bench/notebook_memory.py (every lesson, ~12 min),
# bench/tiny_model_finetune.py --variants lora+head full (the bundled model's ceiling on triage, ~16 min), and
# bench/gguf_route.py (transformers vs ONNX vs GGUF; trains the demo's adapter unless --adapter, ~15 min).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
$py bench/qlora_recipes.py --steps 6 --batch 8 --max-length 384 --out bench/results/qlora_cpu.json
$py bench/grading_throughput.py --submissions 6 --jobs 1 2 --out bench/results/grading.json
$py bench/tiny_model_capacity.py --out bench/results/tiny_model_capacity.json
$py bench/inference.py --out bench/results/inference_cpu.json
$py bench/report.py
