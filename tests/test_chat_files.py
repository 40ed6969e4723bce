"""The chat-file reader: conversations checked turn by turn, with file, line and turn in every error."""

import json
import unicodedata

import pytest

from workbench.data import DataError, chat_to_prompt_completion, read_chat

GOOD = {"messages": [{"role": "system", "content": "Bạn là trợ lý nhân sự."},
                     {"role": "user", "content": "Tôi có bao nhiêu ngày phép?"},
                     {"role": "assistant", "content": "Bạn có 12 ngày phép mỗi năm."}]}


def _write(tmp_path, records, name="chat.jsonl"):
    path = tmp_path / name
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _turns(*pairs):
    return {"messages": [{"role": role, "content": content} for role, content in pairs]}


def test_valid_conversations_are_read_in_nfc(tmp_path):
    # catches: a clean chat file refused, or NFD text (macOS) passed on to the tokenizer
    nfd = json.loads(unicodedata.normalize("NFD", json.dumps(GOOD, ensure_ascii=False)))
    assert read_chat(_write(tmp_path, [GOOD, nfd])) == [GOOD, GOOD]


BROKEN = {
    "a misspelt role": (_turns(("usr", "Chào"), ("assistant", "Chào bạn")),
                        "turn 1 has the role \"usr\"; a role is one of system, user, assistant. Did you mean 'user'?"),
    "no assistant turn": (_turns(("system", "Bạn là trợ lý."), ("user", "Chào")), "no assistant turn"),
    "a number as content": (_turns(("user", "Mấy giờ?"), ("assistant", 5)),
                            "turn 2 (assistant): the content is 5, a number, not text"),
    "empty content": (_turns(("user", "  "), ("assistant", "Chào")), "turn 1 (user): the content is empty"),
    "no content": ({"messages": [{"role": "user"}, {"role": "assistant", "content": "Chào"}]},
                   "turn 1 (user) has no 'content'"),
    "no role": ({"messages": [{"content": "Chào"}, {"role": "assistant", "content": "Chào"}]}, "turn 1 has no 'role'"),
    "messages as text": ({"messages": "hello"}, "field 'messages' is \"hello\", text; it must be a list of turns"),
    "no messages": ({"conversation": []}, "no field 'messages'"),
    "an empty conversation": ({"messages": []}, "field 'messages' is [], an empty list"),
    "a turn that is not an object": ({"messages": ["Chào", {"role": "assistant", "content": "Chào"}]},
                                     "turn 1 is \"Chào\", text, not a turn"),
    "the assistant first": (_turns(("assistant", "Chào"), ("user", "Chào"), ("assistant", "Vâng")),
                            "turn 1 is 'assistant' where 'user' comes"),
    "two user turns in a row": (_turns(("user", "Chào"), ("user", "Có ai không?"), ("assistant", "Vâng")),
                                "turn 2 is 'user' where 'assistant' comes"),
    "a system turn later": (_turns(("user", "Chào"), ("system", "Trả lời ngắn."), ("assistant", "Vâng")),
                            "turn 2 is 'system' where 'assistant' comes.*only as the first turn"),
    "ends with the user": (_turns(("user", "Chào"), ("assistant", "Vâng"), ("user", "Cảm ơn")),
                           "turn 3, the last, is the user's, with no answer after it"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_conversation_names_file_line_and_turn(tmp_path, case):
    # catches: a chat file with a wrong role, order or content accepted, then failing (or training badly) in TRL
    record, expected = BROKEN[case]
    with pytest.raises(DataError) as err:
        read_chat(_write(tmp_path, [GOOD, record]))
    problem = str(err.value).splitlines()[1]
    assert str(err.value).startswith("1 problem(s)") and problem.startswith(f"{tmp_path / 'chat.jsonl'}:2: ")
    assert all(part in problem for part in expected.split(".*")), problem


def test_every_broken_conversation_is_reported_at_once(tmp_path):
    # catches: fix-one-rerun-fix-the-next loops over a long chat file
    records = [GOOD, BROKEN["a misspelt role"][0], '{"messages": [', GOOD, BROKEN["no assistant turn"][0]]
    with pytest.raises(DataError) as err:
        read_chat(_write(tmp_path, records))
    lines = [line.split(":")[1] for line in str(err.value).splitlines()[1:]]
    assert str(err.value).startswith("3 problem(s)") and lines == ["2", "3", "5"]


def test_a_csv_is_not_a_chat_file(tmp_path):
    # catches: a CSV handed to the chat reader failing with a JSON error on its header line
    path = tmp_path / "chat.csv"
    path.write_text("question,answer\nChào,Chào bạn\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"chat\.csv: a chat file is JSON Lines"):
        read_chat(path)


def test_a_chat_json_array_is_read(tmp_path):
    # catches: a .json export of conversations (one array) refused
    path = tmp_path / "chat.json"
    path.write_text(json.dumps([GOOD, GOOD], ensure_ascii=False, indent=2), encoding="utf-8")
    assert read_chat(path) == [GOOD, GOOD]


def test_prompt_completion_learns_the_last_answer(tmp_path):
    # catches: the whole conversation put in the prompt (nothing to learn), or extra keys breaking TRL's format
    record = {"messages": GOOD["messages"][:2] + [{"role": "assistant", "content": "12 ngày.", "note": "x"}]}
    dataset = chat_to_prompt_completion(read_chat(_write(tmp_path, [record])))
    assert dataset[0]["prompt"] == GOOD["messages"][:2]
    assert dataset[0]["completion"] == [{"role": "assistant", "content": "12 ngày."}]


def test_finetune_trains_on_a_chat_file(tmp_path):
    # catches: the reader's output not being what finetune takes
    from workbench import finetune, models

    model, tokenizer = models.load_model(models.BUNDLED_MODEL, quantization="none")
    data = chat_to_prompt_completion(read_chat(_write(tmp_path, [GOOD] * 4)))
    result = finetune.finetune(model, tokenizer, data, output_dir=tmp_path / "run", max_steps=1, batch_size=4,
                               progress=False)
    assert result.metrics["steps"] == 1 and (result.adapter_path / "adapter_config.json").is_file()
