## injixo Cloud Link: the section of on-premise forms, the link status on the
## integration page, and what can go wrong. Labels as the install article writes
## them (section, downloads, PIN field, Connect, Connect a new installation …),
## texts after the product's where the article names nothing.

-brand-cloud-link = { -brand-injixo } Cloud Link

cloud-link-section-title = { -brand-cloud-link }
cloud-link-intro = { -brand-cloud-link } is a small program you install on a server in your network, next to your system. It sends the data to { -brand-injixo } through outgoing connections only.
# Models whose injixo Cloud Link may be skipped (CSV: files uploaded by hand).
cloud-link-optional = Optional: only needed if { -brand-cloud-link } should send the files from a folder in your network. If you upload the files by hand, you can skip this step.
cloud-link-os-label = Server operating system
# Variables:
#   $os (String) - operating system, e.g. Windows
#   $arch (String) - the build, e.g. 64-bit
cloud-link-download = Download for { $os } { $arch }
cloud-link-download-help = Download the installer that fits your operating system and install it. The installation shows a PIN: enter it below.
cloud-link-install-guide = How to install { -brand-cloud-link }
cloud-link-pin-label = PIN shown during installation
cloud-link-pin-help = Six digits. The PIN expires after 5 minutes: if it has, restart { -brand-cloud-link } to get a new one.
cloud-link-connect-button = Connect
cloud-link-connecting = Connecting…
cloud-link-linked = Successfully linked
# Variables:
#   $host (String) - host name of the server running injixo Cloud Link
#   $version (String) - its version
cloud-link-linked-details = { $host } · version { $version }
cloud-link-new-installation = Connect a new installation of { -brand-cloud-link }
cloud-link-keep-installation = Keep the linked installation
cloud-link-cancel-title = Are you sure?
cloud-link-cancel-body = You have already established a connection to your { -brand-cloud-link }, which will be lost when you leave. To connect it to a new integration, restart { -brand-cloud-link } to get a new PIN.
cloud-link-cancel-confirm = Yes, really cancel
cloud-link-cancel-stay = Continue editing
cloud-link-status-heading = { -brand-cloud-link }
cloud-link-host-label = Server
cloud-link-version-label = Version
cloud-link-last-seen-label = Last seen
cloud-link-connection-label = Connection
cloud-link-connected = Connected
cloud-link-not-connected = Not connected
# Variables:
#   $seconds (Number) - after how many seconds without a sign of life
cloud-link-lost-help = { -brand-cloud-link } reports to { -brand-injixo } every few seconds. If it has not been heard from for { $seconds } seconds, the integration shows Problem detected until it is back.

error-cloud-link-not-connected = Your { -brand-cloud-link } is not connected.
error-cloud-link-unreachable = No connection to { -brand-cloud-link }. Check that it is running on your server, then try again.
error-verification-failed = Your integration could not be verified with the data you provided. Check the fields below.
# Variables:
#   $message (String) - the error message of the customer's own database or ACD
error-system-said = Your system reported: { $message }
error-pin-attempts-exceeded = Too many wrong PINs. Wait a few minutes, then try again with the PIN { -brand-cloud-link } shows now.
error-sql = Your database did not accept the query.
error-query-timeout = The query took longer than { -brand-cloud-link } allows and was stopped. Make it faster, for example by limiting it to recent rows.
error-no-build = This download is not available here.
field-error-pin-invalid = The PIN is incorrect. Make sure that it has not expired; if you are unsure, restart { -brand-cloud-link } to get a new PIN and try again.
field-error-pin-format = Enter the six digits of the PIN.
field-error-time-zone-mismatch = The system { -brand-cloud-link } runs on is in another time zone. Choose the time zone of your system.
