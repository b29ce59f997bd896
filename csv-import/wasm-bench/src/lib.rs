//! The engine in wasm, timed from node (`run.mjs`): the 7 MB analysis fed in chunks,
//! and the mapping re-applied to the table of a 1 MB sample. Raw exports without
//! wasm-bindgen, so that only the engine is measured; the pointers come from `alloc`
//! and the handles from the `*_new` functions, which is all `run.mjs` passes.
use injixo_csv::*;

fn schema() -> &'static Schema {
    let col = |s: &str| Some(s.to_owned());
    Box::leak(Box::new(Schema {
        read: ReadOptions {
            separator: Separator::Semicolon,
            preprocessing: Preprocessing::default(),
        },
        time_zone: "Etc/GMT-1".into(),
        mapping: Mapping::ContactData(ContactMapping {
            layout: Layout::ContactBased,
            missing_values: MissingValues::LeaveEmpty,
            queue: col("Queue"),
            date_time: DateTimeColumns::Separate {
                date: col("Date"),
                date_format: "DD/MM/YYYY".into(),
                time: col("Time"),
                time_format: "hh:mm:ss".into(),
            },
            offered: col("Offered"),
            handled: col("Answered"),
            aht: None,
            aht_format: AhtFormat::Seconds,
            duration: col("Duration"),
            channel: Some(ChannelSource::Column("Channel".into())),
        }),
    }))
}

#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    Box::leak(vec![0u8; len].into_boxed_slice()).as_mut_ptr()
}

/// A table and its schema, kept between calls.
pub struct Preview {
    table: Table,
    schema: &'static Schema,
}

#[no_mangle]
pub extern "C" fn preview_new(ptr: *const u8, len: usize) -> *mut Preview {
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    let text = decode(bytes)
        .map(|d| d.text.into_owned())
        .unwrap_or_default();
    let schema = schema();
    Box::into_raw(Box::new(Preview {
        table: Table::read(&text, &schema.read),
        schema,
    }))
}

#[no_mangle]
pub extern "C" fn preview_apply(p: *mut Preview) -> u64 {
    let p = unsafe { &*p };
    let a = p
        .table
        .analyze(p.schema, FixedOffsets, 1000)
        .unwrap_or_default();
    a.imported_lines + a.error_count
}

#[no_mangle]
pub extern "C" fn analyzer_new() -> *mut Analyzer<'static, FixedOffsets> {
    match Analyzer::new(schema(), FixedOffsets, 1000) {
        Ok(a) => Box::into_raw(Box::new(a)),
        Err(_) => core::ptr::null_mut(),
    }
}

#[no_mangle]
pub extern "C" fn analyzer_feed(
    a: *mut Analyzer<'static, FixedOffsets>,
    ptr: *const u8,
    len: usize,
) {
    let chunk = unsafe { core::slice::from_raw_parts(ptr, len) };
    unsafe { &mut *a }.feed(chunk);
}

#[no_mangle]
pub extern "C" fn analyzer_finish(a: *mut Analyzer<'static, FixedOffsets>) -> u64 {
    let a = unsafe { Box::from_raw(a) }.finish();
    a.imported_lines * 1_000_000 + a.error_count
}
