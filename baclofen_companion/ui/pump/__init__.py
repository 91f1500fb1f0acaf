"""The Pump tab: the intrathecal pump's clinic facts, refills, alarms and emergency card."""
