"""The shipped opinion model: sentences in, for each the probability that it is the writer's
own opinion, evaluation or rhetoric rather than reporting.

Reads its files from package data and runs ONNX Runtime on the CPU; nothing is fetched.
The core takes the model as a plain function (``core.verdict.OpinionModel``) and never
imports this package.
"""
from .model import (
    OpinionModel,
    fresh_reader,
    load_opinion_model,
    model_files,
    read_opinion,
    use_threads,
)

__all__ = ["OpinionModel", "fresh_reader", "load_opinion_model", "model_files", "read_opinion",
           "use_threads"]
