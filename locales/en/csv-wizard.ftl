## The CSV schema in the setup and edit form (section CSV schema configuration) and the
## schema wizard: Setup, Preprocessing options, Map columns with its live preview, or
## the SQL mapping. Sources (see /work/notes/csv.md): A = the help article
## "Add a CSV integration" of this language, P = the product's own text, own = no
## source names it. Typography follows terminology.md.

## The form's section

# A+P create_schema
csv-schema-create = Create a new CSV schema
# A+P edit_schema
csv-schema-edit = Edit CSV schema
# P schema_exists
csv-schema-saved = CSV schema has been saved successfully
# P csv_schema.validation
csv-schema-missing = You need to create a CSV schema
# own (A: the type must be selected before a schema can be created)
csv-schema-type-first = Select the type of import data first.
# own
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample = Sample file: { $file_name }
# own: the sample of an unsaved schema is too large for the tab's draft storage
# Variables:
#   $file_name (String) - the sample file's name
csv-schema-sample-gone = The sample file { $file_name } was too large to keep when the page reloaded. Open “Edit CSV schema” and upload it again.
# own
csv-schema-type-mismatch = The CSV schema was made for another type of import data. Edit the CSV schema.
# own
csv-schema-method-sql = Columns mapped with an SQL query

## The wizard's frame

# own (aria-label of the step list)
csv-wizard-steps = Steps
# A (the create steps' name; de: Einrichtung, fr: Configuration)
csv-wizard-step-setup = Setup
# A
csv-wizard-step-preprocessing = Preprocessing options
# A (mapping section heading)
csv-wizard-step-map = Map columns
# A (button; de: the create steps' Zur Spaltenzuordnung)
csv-wizard-to-mapping = Map the columns
# own
csv-wizard-back = Back to the setup
# A
csv-wizard-save = Save schema
# T
csv-wizard-cancel = Cancel

## Sample file (no source names the upload control)

# own
csv-wizard-sample-heading = Sample file
# own
csv-wizard-sample-help = A CSV file your external system produced: { -brand-injixo } uses it to show you how it will read the system’s files. At most 7 MB.
# A
csv-wizard-reupload = Re-upload file
# own
csv-wizard-reading = Reading the file…
# own
# Variables:
#   $file_name (String) - the sample file's name
#   $rows (Number) - data rows read
#   $columns (Number) - columns of the header row
csv-wizard-sample-read =
    { $file_name }: { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }, { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    }
# own
csv-wizard-sample-cut = The file is larger than 1 MB: its first 1 MB is kept as the sample.
# own
csv-wizard-one-column = Only one column was found: check the column separator.
# own
csv-wizard-sample-needed = Upload a sample file first.
# own
csv-wizard-raw-heading = First rows of the file
# own (A lists the four encodings; none names a selector)
csv-wizard-encoding = Encoding of the file
# own
csv-wizard-encoding-detected = The file is not UTF-8, so it was read as Windows-1252 (Western European). If letters look wrong, choose the encoding your system uses. Files saved as UTF-8 avoid such problems.
csv-wizard-encoding-windows-1252 = Windows-1252 or ISO-8859-1 (Western European)
csv-wizard-encoding-iso-8859-9 = ISO-8859-9 (Turkish)

## Setup

# A
csv-wizard-separator = Column separator of CSV file
# A~ (the article's example word), with the character
csv-wizard-separator-semicolon = Semicolon (;)
# own
csv-wizard-separator-comma = Comma (,)
csv-wizard-separator-tab = Tab
csv-wizard-separator-pipe = Vertical bar (|)
# own
csv-wizard-separator-detected = Detected in the sample file.
# A
csv-wizard-time-zone = Time zone
# own, after A
csv-wizard-time-zone-help = The time zone in which your external system records the data.
# A
csv-wizard-layout = Layout of data
# A
csv-wizard-layout-contact = Contact-based
# own, after A
csv-wizard-layout-contact-help = One line per contact. { -brand-injixo } adds them up in 15-minute intervals, so the planning unit interval must be 15 minutes.
# A
csv-wizard-layout-interval = Interval-based
# own, after A
csv-wizard-layout-interval-help = One line per queue and interval, with all its contacts.
# A (callout title of the edit steps)
csv-wizard-layout-locked = Layout of data cannot be changed
# own (no source names it)
csv-wizard-interval = Interval length
# own
# Variables:
#   $minutes (Number) - the interval length
csv-wizard-interval-minutes = { $minutes } minutes
# own, after A
csv-wizard-interval-help = The length of the intervals in your file. A longer one gives errors; a shorter one leaves intervals without data, which are handled as set below.
# A
csv-wizard-missing = Handle missing values in intervals
# A
csv-wizard-missing-empty = Leave empty
# A
csv-wizard-missing-zero = Fill with zero
# own, after A
csv-wizard-missing-help = “Leave empty” shows missing values as “no data”, which fits most cases. An import overwrites the data already imported for its intervals.

## Preprocessing options

# own, after A
csv-wizard-preprocessing-help = Optional: select one or more options.
# A
csv-wizard-add-header = Add header row
# own, after A
csv-wizard-add-header-help = For files without a header row: the columns are then called A, B, C, …
# A
csv-wizard-skip-empty = Skip empty rows
# own, after A
csv-wizard-skip-empty-help = Ignores rows that contain only separators.
# A
csv-wizard-skip-first = Skip first rows
# own
csv-wizard-skip-first-count = Number of rows to skip
# own
csv-wizard-skip-first-error = Enter a whole number from 1 to 10000.
# A
csv-wizard-skip-containing = Skip row(s) containing
# own, after A
csv-wizard-skip-containing-help = Rows containing one of these strings are ignored, the header row too. Upper and lower case count.
# own
# Variables:
#   $number (Number) - 1 for the first string, 2 for the second, …
csv-wizard-skip-string = String { $number }
# A
csv-wizard-add-string = Add string
# own
csv-wizard-remove-string = Remove

## Map columns (A: the field table of the article)

# A
csv-wizard-use-sql = Use SQL query to map columns
# A~ (callout title)
csv-wizard-method-warning = Changing the mapping method will overwrite an existing CSV schema
# own, after A
csv-wizard-method-warning-body = When you save, the mapping saved so far is replaced and cannot be restored.
csv-field-queue = Queue name
csv-field-date = Date
csv-field-time = Time
csv-field-one-column = Date and time in one column
csv-field-timestamp = Timestamp
csv-field-offered = Offered
csv-field-handled = Handled
csv-field-aht = AHT
csv-field-duration = Duration
csv-field-channel = Channel
csv-field-agent = Agent identifier
csv-field-activity = Activity identifier
csv-field-start-date = Start date
csv-field-start-time = Start time
csv-field-start-timestamp = Start timestamp
csv-field-end-date = End date
csv-field-end-time = End time
csv-field-end-timestamp = End timestamp
# own, after A
csv-field-offered-help = Whole numbers or decimals with a point.
csv-field-handled-help = 1 for a handled contact, 0 for one that was not.
csv-field-aht-help = Not required, but crucial for precise staff requirement calculations and forecasts.
csv-field-duration-help = In seconds, as whole numbers.
csv-field-channel-help = The same channel for every row, or the column that holds each row’s channel (calls, emails, chats, documents, cases or social_media).
csv-field-end-help = Optional.
# own
csv-wizard-choose-column = Choose a column…
# A
csv-wizard-no-column = No column
# A~ (the examples' column headings)
csv-wizard-date-format = Date format
csv-wizard-time-format = Time format
csv-wizard-timestamp-format = Timestamp format
csv-wizard-aht-format = AHT format
# A (the gear's input)
csv-wizard-custom-date-format = Custom date format
# own
csv-wizard-custom-time-format = Custom time format
# own (the gear button)
csv-wizard-custom-format = Custom format
# own
csv-wizard-list-format = Choose from the list
# own, after A
csv-wizard-format-help = D or DD for the day, M or MM for the month, YY or YYYY for the year; lower-case h or hh, m or mm, s or ss for the time. Any other character is a separator.
# own
csv-wizard-choose-format = Choose a format…
# A~
csv-wizard-aht-seconds = Seconds
csv-wizard-aht-hh-mm-ss = hh:mm:ss
# own
csv-wizard-channel-column = Column with the channel
# own: the first drop-down's entry for "take it from a column"
csv-wizard-channel-from-column = From a column
# A (the fixed-channel example)
csv-channel-calls = Calls
# own (no source names the other channels)
csv-channel-emails = Emails
csv-channel-chats = Chats
csv-channel-documents = Documents
csv-channel-cases = Cases
csv-channel-social-media = Social media

## What is wrong with a mapping (own)

csv-schema-error-missing-column = Choose a column.
# Variables:
#   $column (String) - the column name the field maps
csv-schema-error-unknown-column = The sample file has no column “{ $column }”.
csv-schema-error-not-for-layout = Not used with this layout of data.
csv-schema-error-interval = Choose 15 or 30 minutes.
csv-schema-error-time-zone = Choose a time zone.
csv-format-error-empty = Choose or type a format.
# Variables:
#   $max (Number) - the longest format allowed
csv-format-error-too-long = A format has at most { $max } characters.
# Variables:
#   $token (String) - the letters as typed, e.g. DDD
csv-format-error-unknown-token = “{ $token }” is not part of the format grammar.
# Variables:
#   $tokens (String) - the letters of one part, e.g. D/DD
csv-format-error-repeated = { $tokens } appears more than once.
# Variables:
#   $tokens (String) - the letters of one part, e.g. YY/YYYY
csv-format-error-missing = The format needs { $tokens }.
# Variables:
#   $tokens (String) - the letters of one part, e.g. m/mm
csv-format-error-not-allowed = { $tokens } does not belong in this format (months are upper-case M, minutes lower-case m).

## The live preview (own)

csv-preview-heading = Preview
csv-preview-intro = The first rows of the sample file as { -brand-injixo } will read them, with the times in UTC.
csv-preview-line = Line
csv-preview-time-utc = Time (UTC)
csv-preview-start-utc = Start (UTC)
csv-preview-end-utc = End (UTC)
csv-preview-problems = Problems
# Variables:
#   $imported (Number) - lines without a problem
#   $total (Number) - data lines of the sample
csv-preview-summary =
    { $total ->
        [one] { $imported } of 1 line of the sample can be imported.
       *[other] { $imported } of { $total } lines of the sample can be imported.
    }
csv-preview-mapping-needed = Map the required fields to see the preview.
# Variables:
#   $count (Number) - rows shown
csv-preview-first-rows = The table shows the first { $count } lines.
csv-preview-problems-heading = Problems in the sample file

## The SQL mapping

# own (P has "SQL query" for the Database model only)
csv-sql-label = SQL query
# own, after A
csv-sql-help = SQLite syntax. The table is called uploaded_file; its columns are named as in the file’s header row (A, B, C, … with “Add header row”), in double quotes if they contain blanks.
# own, after A (the column table)
csv-sql-column-queue = The queue’s name.
csv-sql-column-timestamp = Start of the interval or contact, as YYYY-MM-DD hh:mm:ss.
csv-sql-column-offered = Contacts offered, for example calls or emails.
csv-sql-column-handled = Interval-based: contacts handled in the interval. Contact-based: 1 if the contact was handled, 0 if not.
csv-sql-column-aht = Average handling time of the interval’s contacts, in seconds.
csv-sql-column-duration = Handling time of the contact, in seconds.
csv-sql-column-channel = calls, chats, emails, social_media, documents or cases.
# own
# Variables:
#   $count (Number) - rows shown
csv-sql-preview-rows =
    { $count ->
        [one] The first row of the query’s result.
       *[other] The first { $count } rows of the query’s result.
    }
csv-sql-needs-sample = Upload a sample file to run the query.
csv-sql-required = Enter the SQL query.
# P errors.sql_error (the query runs over the sample in injixo, not in the customer's database)
csv-sql-error = An SQL error occurred.
# own
csv-sql-timeout = The query took too long and was stopped. Make it simpler, for example without recursion.
