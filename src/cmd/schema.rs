//! `spoor2 schema`: the JSON Schema of the journal format, generated from
//! the same types the program reads, for editors with a YAML language server.

use crate::Status;

pub fn run() -> Status {
    match serde_json::to_string_pretty(crate::journal::schema()) {
        Ok(json) => {
            println!("{json}");
            Status::Ok
        }
        Err(e) => {
            eprintln!("fout: {e}");
            Status::Io
        }
    }
}
