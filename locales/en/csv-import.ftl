## The Historical data import page (the product's CSV importer): one CSV file of a CSV
## integration, checked in the browser, uploaded, analysed, then applied; and the CSV
## integration's last imports. Sources (see /work/notes/csv.md): P = the product's
## csv_importer text (key given), A = the help article, own = no source. "7MB" is
## written "7 MB", "..." as "…" (terminology.md).

# P heading (document_title.page_title is the same in English)
csv-import-title = Historical data import
# P upload_form.introduction
csv-import-intro = Import one CSV file of your historical data from your ACD to create a forecast in { -brand-injixo }. The maximum size of the CSV file must not exceed 7 MB.
# P upload_form.integration.label
csv-import-through = Import through
# P upload_form.integration.placeholder
csv-import-through-placeholder = Select integration…
# P upload_form.no_integration.text
csv-import-no-integration = In order to import CSV data, you first need to create a CSV integration.
# P upload_form.no_integration.link
csv-import-add-integration = Add a CSV integration now
# P upload_form.file_input.description.single
csv-import-drop = Drag one CSV file (.csv or .txt) here to add it
# P upload_form.file_input.joiner
csv-import-drop-or = or
# A (P adds a full stop)
csv-import-browse = open your file explorer
# P upload_form.file_input.active_description.valid
csv-import-drop-active = Drop your CSV file here…
# P upload_form.file_input.active_description.invalid
csv-import-drop-invalid = Drop only one file with a CSV format.
# P upload_form.invalid_file
# Variables:
#   $file_name (String) - the name of the file chosen
csv-import-invalid-file = The file “{ $file_name }” could not be selected. Provide a valid CSV file.
# P upload_form.file_input.file_limit_warning (quotes the button)
csv-import-file-limit = You can upload the file by clicking on “Import file”.
# P upload_form.multi_upload_warning
csv-import-multi-upload = Uploading data from multiple browser windows or computers at the same time may damage your existing queue data.
# P upload_form.help.text
csv-import-help-text = Need help?
# P upload_form.help.link
csv-import-help-link = Read what’s supported.
# A+P upload_form.submit.title
csv-import-submit = Import file
# P upload_form.submit.loading
csv-import-uploading = Uploading
# own
# Variables:
#   $percent (Number) - share done, 0 to 100
csv-import-percent = { $percent }%
# own
# Variables:
#   $file_name (String) - the file chosen
#   $size (String) - its size, e.g. 2.4 MB
csv-import-file = { $file_name } ({ $size })

## Check in the browser before uploading (own)

csv-import-check-heading = Check before uploading
csv-import-checking = Checking the file against the integration’s CSV schema…
# Variables:
#   $count (Number) - lines that can be imported
csv-import-check-ok =
    { $count ->
        [one] The file fits the CSV schema: 1 line can be imported.
       *[other] The file fits the CSV schema: { $count } lines can be imported.
    }
csv-import-check-problems = The check found problems. Fix the file and choose it again, or import it anyway to get the answer of { -brand-injixo }.
csv-import-check-sql = This integration maps its columns with an SQL query, which runs when the file is imported: there is no check before uploading.
csv-import-no-schema = This integration has no CSV schema yet.

## The analysis, confirmation, writing, success (P summary, confirmation_page,
## writing_page, success_page)

csv-import-analyzed = Successfully analyzed your CSV file.
csv-import-summary-title = Your import
csv-import-confirm-heading = Confirm import
csv-import-lines = imported lines
csv-import-queues = imported Queues
csv-import-agents = imported agents
csv-import-first-date = first date (UTC)
csv-import-last-date = last date (UTC)
csv-import-failure = Import failed
csv-import-try-again = Try again
csv-import-confirm = Confirm your data to write it to the cloud.
# A+P confirmation_page.apply
csv-import-apply = Apply data
# T+P
csv-import-cancel = Cancel
csv-import-writing = Please wait a moment while your data is written into the cloud…
csv-import-writing-status = Writing your data to the cloud…
csv-import-success = Import successful
csv-import-again = Upload another CSV file

## Errors (P error_page, errors.*). The engine's codes name the messages
## csv-error-<code>; binary-file and unsupported-encoding are the engine's own (own text).

csv-import-error-title = An error occurred during the import.
csv-import-error-before = The file could not be imported due to the following problems:
csv-import-error-retry = Check the file syntax and try again.
# P errors.error_on_line
# Variables:
#   $line_number (Number) - the line of the file, counting from 1
csv-import-error-on-line = Error on line { $line_number }:
# own
# Variables:
#   $count (Number) - problems not listed
csv-import-more-errors =
    { $count ->
        [one] … and 1 more problem.
       *[other] … and { $count } more problems.
    }
csv-error-empty-file = File is empty.
csv-error-file-too-large = The file you tried to upload is too large. The maximum size is 7 MB.
csv-error-binary-file = This is not a text file. Export the data as a CSV file, ideally in UTF-8, and choose it again.
csv-error-unsupported-encoding = The file is saved as UTF-16. Save it as UTF-8 and choose it again.
csv-error-invalid-headers = Missing or misspelled headers.
csv-error-invalid-separator = Invalid separator.
csv-error-invalid-row-length = The number of fields in this line doesn’t match the number of fields in the header row.
csv-error-missing-queue = Missing queue name.
csv-error-missing-agent = Missing agent identifier.
csv-error-missing-activity = Missing activity identifier.
csv-error-string-too-long = Shorten your value to 255 characters.
csv-error-invalid-date-format = Wrong date format.
csv-error-invalid-time-format = Wrong time format.
csv-error-invalid-date-or-time-format = Wrong date or time format.
csv-error-invalid-year = Year must not be before 1970.
csv-error-non-existing-timestamp = The specified local time does not represent an existing timestamp.
csv-error-invalid-timestamp = Invalid timestamp according to the interval length.
csv-error-end-time-before-start-time = End time must not be before start time.
csv-error-invalid-number = Check the formats of the numeric values.
csv-error-negative-number = Negative numbers are not allowed.
csv-error-number-too-big = Number too big.
csv-error-invalid-handled-cdr = The handled field must contain either 0 or 1.
csv-error-invalid-duration-cdr = The contact was claimed to be handled but has no duration.
csv-error-invalid-channel = Unsupported channel.
csv-error-invalid-time-range = The data exceeds the maximum period of 10 years.
csv-error-excessive-data = More than one year of data is not supported.
csv-error-unexpected = An unexpected error has occurred.

## The CSV integration's page: its last imports (own)

csv-imports-heading = Last imports
csv-imports-none = No CSV file has been imported yet.
csv-imports-file = File
csv-imports-source = Source
csv-imports-when = Uploaded
csv-imports-state = Status
csv-imports-lines = Lines
csv-imports-source-upload = Upload
csv-imports-source-cloud-link = { -brand-cloud-link }
csv-imports-state-analyzed = Waiting for “Apply data”
csv-imports-state-rejected = Rejected
csv-imports-state-writing = Being written
csv-imports-state-applied = Applied
csv-imports-state-cancelled = Cancelled
# Variables:
#   $imported (Number) - lines without a problem
#   $rejected (Number) - lines with a problem
csv-imports-counts = { $imported } imported, { $rejected } rejected
