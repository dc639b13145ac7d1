package io.github.jiceng.governance.spring.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with nothing of its own but auto-configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
class PlainApp {}
