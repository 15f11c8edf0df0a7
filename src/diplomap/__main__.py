from diplomap.cli import main

main()
