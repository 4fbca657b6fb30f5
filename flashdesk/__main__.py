from flashdesk.cli import main

raise SystemExit(main())
