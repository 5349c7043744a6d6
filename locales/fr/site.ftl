home-title = Frama.space
home-lead = Frama.space
home-cta = Go
