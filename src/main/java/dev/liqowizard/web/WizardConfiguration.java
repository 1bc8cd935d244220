package dev.liqowizard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.liqowizard.liqo.LiqoReleases;

/** Makes the domain, which knows nothing of Spring, available to the web layer. */
@Configuration(proxyBeanMethods = false)
class WizardConfiguration {

	@Bean
	LiqoReleases liqoReleases() {
		return LiqoReleases.supported();
	}

}
