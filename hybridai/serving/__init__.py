"""Private-model serving: continuous batching in front of a local model, and named model versions
(models, LoRA adapters, private OpenAI-compatible servers) loaded, switched and unloaded at runtime."""
