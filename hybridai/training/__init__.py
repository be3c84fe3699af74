"""The workbench: fine-tune the private model on your own data (LoRA), with a forgetting guard.

``data`` loads and tokenizes chat datasets (loss on assistant tokens only); ``lora`` trains a peft
LoRA adapter, measures perplexity before and after, and writes a versioned adapter plus manifest.
"""
