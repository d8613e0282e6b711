//! The interactive prompt on a terminal (`alc repl` driven through a
//! pseudo-terminal): line editing, history kept across sessions, Tab
//! completion of names and attributes, Ctrl-C cancelling the running
//! statement or the line being typed, Ctrl-D and `exit()` leaving. What it
//! prints for typed statements is compared with CPython's prompt by the
//! sessions of `tests/repl/` (`programs.rs`), with stdin not a terminal.

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh directory for one test's history file.
fn data_home(test: &str) -> PathBuf {
    let d = alc_tests::workspace().join(format!("target/repl-data/{test}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("cannot create the test's data directory");
    d
}

/// `alc repl` on a pseudo-terminal, at its first prompt.
fn prompt(data: &Path) -> PtySession {
    let mut cmd = Command::new(alc_tests::alc());
    cmd.arg("repl")
        .env(
            "XDG_CACHE_HOME",
            alc_tests::workspace().join("target/repl-cache"),
        )
        .env("XDG_DATA_HOME", data)
        .env("TERM", "xterm");
    let options = Options::new()
        .timeout_ms(Some(60_000))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, options).expect("cannot start alc repl on a pty");
    p.exp_string(">>> ").expect("no first prompt");
    p
}

/// What precedes a fresh prompt once escape codes are stripped: the line
/// break that ended the last line (a prompt redrawn while a line is edited
/// has none), then the prompt.
const FRESH_PROMPT: &str = "\n\r(>>>|\\.\\.\\.) ";

/// Sends `line`, waits for what it prints up to `expect`, then for the
/// next prompt (typing ahead of the prompt would race with the line
/// editor's start).
fn run(p: &mut PtySession, line: &str, expect: &str) {
    p.send_line(line).expect("cannot type");
    p.exp_string(expect)
        .unwrap_or_else(|e| panic!("after {line:?}, no {expect:?}: {e}"));
    p.exp_regex(FRESH_PROMPT)
        .unwrap_or_else(|e| panic!("after {line:?}, no prompt: {e}"));
}

/// Sends `line` and waits for the next prompt.
fn type_line(p: &mut PtySession, line: &str) {
    p.send_line(line).expect("cannot type");
    p.exp_regex(FRESH_PROMPT)
        .unwrap_or_else(|e| panic!("after {line:?}, no prompt: {e}"));
}

/// Ends the session with Ctrl-D and returns its exit status.
fn leave(mut p: PtySession) -> WaitStatus {
    p.send_control('d').expect("cannot send Ctrl-D");
    p.exp_eof().expect("the prompt did not end at Ctrl-D");
    p.process().wait().expect("cannot wait for the prompt")
}

#[test]
fn values_echo_and_ctrl_d_leaves_with_status_0() {
    let mut p = prompt(&data_home("echo"));
    run(&mut p, "6 * 7", "42");
    run(&mut p, "_ + 1000", "1042");
    run(&mut p, "1 / 0", "ZeroDivisionError: division by zero");
    type_line(&mut p, "for i in range(2):");
    type_line(&mut p, "    print('row', i * 11)");
    run(&mut p, "", "row 11");
    assert!(matches!(leave(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn exit_leaves_with_its_status() {
    let mut p = prompt(&data_home("exit"));
    p.send_line("exit(5)").expect("cannot type");
    p.exp_eof().expect("exit() did not end the prompt");
    assert!(matches!(p.process().wait(), Ok(WaitStatus::Exited(_, 5))));
}

#[test]
fn history_is_kept_across_sessions() {
    let data = data_home("history");
    let mut p = prompt(&data);
    type_line(&mut p, "word = 'hist' + 'ory'");
    leave(p);
    let file = std::fs::read_to_string(data.join("alc/history")).expect("no history file");
    assert!(
        file.contains("word = 'hist' + 'ory'"),
        "history file:\n{file}"
    );
    let mut p = prompt(&data);
    // Up arrow brings back the assignment; Enter runs it again.
    p.send("\x1b[A").expect("cannot type");
    type_line(&mut p, "");
    run(&mut p, "word", "'history'");
    leave(p);
}

#[test]
fn tab_completes_names_attributes_and_keywords() {
    let mut p = prompt(&data_home("complete"));
    type_line(&mut p, "longish_variable_name = 5");
    p.send("longish_v\t").expect("cannot type");
    run(&mut p, " * 3", "15");
    type_line(&mut p, "class Box:");
    type_line(&mut p, "    contents_value = 40");
    type_line(&mut p, "");
    p.send("Box.conte\t").expect("cannot type");
    run(&mut p, " + 2", "42");
    // A keyword gets its space, a callable its parenthesis.
    p.send("impo\t").expect("cannot type");
    type_line(&mut p, "math");
    p.send("math.sqr\t").expect("cannot type");
    run(&mut p, "81)", "9.0");
    leave(p);
}

#[test]
fn ctrl_c_cancels_the_running_statement() {
    let mut p = prompt(&data_home("interrupt"));
    type_line(&mut p, "while True: pass");
    p.send_line("").expect("cannot type");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').expect("cannot send Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("Ctrl-C did not interrupt the loop");
    p.exp_regex(FRESH_PROMPT)
        .expect("no prompt after the interrupt");
    run(&mut p, "1 + 2", "3");
    assert!(matches!(leave(p), WaitStatus::Exited(_, 0)));
}

#[test]
fn ctrl_c_at_the_prompt_drops_the_line() {
    let mut p = prompt(&data_home("drop"));
    p.send("unfinished_name").expect("cannot type");
    p.send_control('c').expect("cannot send Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("Ctrl-C at the prompt printed nothing");
    p.exp_regex(FRESH_PROMPT).expect("no prompt after Ctrl-C");
    run(&mut p, "'still' + ' here'", "'still here'");
    leave(p);
}
