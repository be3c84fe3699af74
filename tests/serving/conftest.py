"""A GPT-2-shaped model with random weights and the demo tokenizer. Unlike the briefly trained test
demo model (which mostly repeats one token), its greedy output varies token by token, so
"batched equals unbatched" comparisons can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridai.demo.build import DemoModelReport


def build_random_model(out: Path, tokenizer_dir: Path, *, seed: int = 0, layers: int = 2) -> Path:
    import torch
    from transformers import AutoTokenizer, GPT2Config, GPT2LMHeadModel

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir, local_files_only=True)
    torch.manual_seed(seed)
    # a wide initialisation spreads the logits, so greedy choices are never near-ties
    config = GPT2Config(vocab_size=len(tokenizer), n_positions=160, n_embd=64, n_layer=layers, n_head=4,
                        initializer_range=0.5, bos_token_id=tokenizer.eos_token_id,
                        eos_token_id=tokenizer.eos_token_id)
    GPT2LMHeadModel(config).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def random_model_dir(demo_model: DemoModelReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_random_model(tmp_path_factory.mktemp("random-gpt2"), Path(demo_model.path))


@pytest.fixture(scope="session")
def adapters(random_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two different LoRA adapters on the random model."""
    root = tmp_path_factory.mktemp("adapters")
    return {name: _save_adapter(random_model_dir, root / name, seed) for name, seed in (("alpha", 1), ("beta", 2))}


def _save_adapter(model_dir: Path, out: Path, seed: int) -> Path:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=16, target_modules=["c_attn"],
                                                  fan_in_fan_out=True, init_lora_weights=False))
    peft_model.save_pretrained(out)
    return out
