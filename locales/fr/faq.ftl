faq-title = FAQ
