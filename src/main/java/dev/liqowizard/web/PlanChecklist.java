package dev.liqowizard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.liqowizard.plan.ClusterPlan;
import dev.liqowizard.plan.Plan;
import dev.liqowizard.web.PlanController.FileView;
import dev.liqowizard.web.WizardPage.ChecklistStep;
import dev.liqowizard.web.WizardPage.FileLink;

/** The numbered steps of a plan, the same on the page and in the text for terminals. */
@Component
class PlanChecklist {

	private final MessageSource messages;

	PlanChecklist(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What to do, in order, read from the plan: get the files, the release's discovery and peering
	 * steps, and, after the first of them (the installs, which print the NodePorts), the forwards
	 * on each NAT router. Each step links the files it names.
	 */
	List<ChecklistStep> of(Plan plan, List<FileView> files) {
		List<ChecklistStep> steps = new ArrayList<>();
		steps.add(new ChecklistStep(text("plan.check.files"),
				files.stream().map((file) -> new FileLink(file.fileName(), file.downloadUrl())).toList(), "#files",
				text("plan.check.files.link")));
		List<String> discovery = plan.discovery().steps();
		for (int i = 0; i < discovery.size(); i++) {
			String step = discovery.get(i);
			steps.add(new ChecklistStep(step, files.stream()
				.filter((file) -> step.contains(file.fileName()))
				.map((file) -> new FileLink(file.fileName(), file.downloadUrl()))
				.toList(), null, null));
			if (i == 0) {
				for (ClusterPlan cluster : plan.clusters()) {
					if (!cluster.portForwards().isEmpty()) {
						steps.add(new ChecklistStep(forwards(cluster), List.of(), "#forwards", text("plan.check.forwards.link")));
					}
				}
			}
		}
		return steps;
	}

	private String forwards(ClusterPlan cluster) {
		String ports = cluster.portForwards()
			.stream()
			.map((forward) -> forward.protocol() + " " + forward.externalPort() + " → " + forward.target())
			.collect(Collectors.joining("; "));
		String address = cluster.answers().address().map((a) -> a.value()).orElse(text("plan.forwards.unknown"));
		return text("plan.check.forwards", cluster.name(), address, ports);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
