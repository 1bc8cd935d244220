package dev.liqowizard.plan;

public enum Protocol {

	TCP, UDP

}
